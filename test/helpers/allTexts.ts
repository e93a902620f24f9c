/** Every language's messages, added before each test file (jest.config.js), as the CLI adds them. */
import { addAllTexts } from "../../src/host/allTexts";

addAllTexts();
